plansiteSearchLoaded("w/p0/ty",{
"ty":[0,-1,0,-2,0,-7]
});
