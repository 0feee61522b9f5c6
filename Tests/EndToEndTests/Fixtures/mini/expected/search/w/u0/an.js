plansiteSearchLoaded("w/u0/an",{
"an":[0,-1,0,-2,0,-3,0,-4,0,-5,0,5]
});
