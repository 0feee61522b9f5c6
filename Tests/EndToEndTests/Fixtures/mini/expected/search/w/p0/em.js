plansiteSearchLoaded("w/p0/em",{
"em":[0,-2,0,-6,0,-16,0,17]
});
