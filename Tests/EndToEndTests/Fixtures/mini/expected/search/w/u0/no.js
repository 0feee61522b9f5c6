plansiteSearchLoaded("w/u0/no",{
"noi":[0,-2,0,-3]
});
